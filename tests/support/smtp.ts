/**
 * Just enough SMTP (RFC 5321) to accept messages and keep their text, on 127.0.0.1 and a free port: the e-mail tests
 * check the message that really left, with no mock of the mail library.
 */
import { createServer } from 'node:net';

export interface SmtpServer {
  url: string;
  received: string[];
  /** Waits (bounded) until at least `count` messages have arrived. */
  waitFor(count: number): Promise<void>;
  /** A message's headers and its body as text (base64 and quoted-printable bodies decoded). */
  decode(message: string): string;
  close(): Promise<void>;
}

export function startSmtp(): Promise<SmtpServer> {
  const received: string[] = [];
  const server = createServer((socket) => {
    let data: string | null = null;
    socket.setEncoding('utf8');
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk: string) => {
      if (data !== null) {
        data += chunk;
        if (data.endsWith('\r\n.\r\n')) {
          received.push(data);
          data = null;
          socket.write('250 queued\r\n');
        }
        return;
      }
      for (const line of chunk.split('\r\n').filter(Boolean)) {
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 test\r\n');
        else if (verb === 'DATA') {
          data = '';
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `smtp://127.0.0.1:${port}`,
        received,
        async waitFor(count) {
          for (let i = 0; i < 200 && received.length < count; i++) await new Promise((done) => setTimeout(done, 50));
        },
        decode(message) {
          const [head = '', ...rest] = message.replace(/\r\n\.\r\n$/, '').split('\r\n\r\n');
          const body = rest.join('\r\n\r\n');
          const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
          const text =
            encoding === 'base64'
              ? Buffer.from(body, 'base64').toString('utf8')
              : encoding === 'quoted-printable'
                ? Buffer.from(
                    body
                      .replace(/=\r\n/g, '')
                      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
                    'latin1',
                  ).toString('utf8')
                : body;
          return `${head}\r\n\r\n${text}`;
        },
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    }),
  );
}
