/**
 * A software WebAuthn authenticator for the integration tests: it makes real P-256 passkeys and signs real
 * registration and sign-in responses (CBOR attestation objects, authenticator data, ECDSA signatures), so the
 * server's ceremony checks run on the same bytes a browser would send. Each response can be bent the way an attack
 * or a broken device would bend it: another origin, another relying party ID, no user verification, a counter.
 */
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { isoBase64URL, isoCBOR } from '@simplewebauthn/server/helpers';

interface Credential {
  id: Uint8Array;
  privateKey: KeyObject;
  publicKey: KeyObject;
  userHandle: string;
  counter: number;
}

export interface Bend {
  origin?: string;
  rpId?: string;
  /** User verified (PIN, fingerprint); true unless said otherwise. */
  uv?: boolean;
  /** The signature counter to report (by default one more than the last). */
  counter?: number;
  /** A challenge other than the one in the options. */
  challenge?: string;
}

const b64url = (bytes: Uint8Array) => isoBase64URL.fromBuffer(new Uint8Array(bytes));
const sha256 = (data: Uint8Array | string) => new Uint8Array(createHash('sha256').update(data).digest());

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function uint32(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value);
  return bytes;
}

/** The COSE form of an EC2 P-256 public key (RFC 9053): kty 2, alg -7 (ES256), crv 1, x, y. */
function coseKey(publicKey: KeyObject): Uint8Array {
  const jwk = publicKey.export({ format: 'jwk' });
  return isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, isoBase64URL.toBuffer(jwk.x as string)],
      [-3, isoBase64URL.toBuffer(jwk.y as string)],
    ]),
  );
}

export class SoftAuthenticator {
  readonly credentials: Credential[] = [];

  constructor(
    readonly origin: string,
    readonly rpId: string,
  ) {}

  private flags(bend: Bend, attested: boolean): number {
    // UP (user present), UV (user verified), AT (attested credential data follows).
    return 0x01 | (bend.uv === false ? 0 : 0x04) | (attested ? 0x40 : 0);
  }

  private clientData(type: string, challenge: string, bend: Bend): Uint8Array {
    const json = JSON.stringify({
      type,
      challenge: bend.challenge ?? challenge,
      origin: bend.origin ?? this.origin,
      crossOrigin: false,
    });
    return new TextEncoder().encode(json);
  }

  /** A new key pair for `userHandle` (base64url), known to no server until it is registered. */
  mint(userHandle: string): Credential {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const credential: Credential = {
      id: new Uint8Array(randomBytes(32)),
      privateKey,
      publicKey,
      userHandle,
      counter: 0,
    };
    this.credentials.push(credential);
    return credential;
  }

  /** navigator.credentials.create(): a new passkey for the options' user. */
  register(options: PublicKeyCredentialCreationOptionsJSON, bend: Bend = {}): RegistrationResponseJSON {
    const { id, publicKey } = this.mint(options.user.id);
    const idLength = new Uint8Array([id.length >> 8, id.length & 0xff]);
    const authData = concat(
      sha256(bend.rpId ?? this.rpId),
      new Uint8Array([this.flags(bend, true)]),
      uint32(0),
      new Uint8Array(16),
      idLength,
      id,
      coseKey(publicKey),
    );
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Uint8Array | Map<string, string>>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, string>()],
        ['authData', authData],
      ]),
    );
    return {
      id: b64url(id),
      rawId: b64url(id),
      type: 'public-key',
      response: {
        clientDataJSON: b64url(this.clientData('webauthn.create', options.challenge, bend)),
        attestationObject: b64url(attestationObject),
        transports: ['internal'],
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }

  /** navigator.credentials.get() with one of this authenticator's passkeys (the last one made, by default). */
  assert(
    options: PublicKeyCredentialRequestOptionsJSON,
    bend: Bend = {},
    credential: Credential | undefined = this.credentials.at(-1),
  ): AuthenticationResponseJSON {
    if (!credential) throw new Error('this authenticator holds no passkey');
    credential.counter = bend.counter ?? credential.counter + 1;
    const authData = concat(
      sha256(bend.rpId ?? this.rpId),
      new Uint8Array([this.flags(bend, false)]),
      uint32(credential.counter),
    );
    const clientData = this.clientData('webauthn.get', options.challenge, bend);
    const signature = sign('sha256', concat(authData, sha256(clientData)), credential.privateKey);
    return {
      id: b64url(credential.id),
      rawId: b64url(credential.id),
      type: 'public-key',
      response: {
        clientDataJSON: b64url(clientData),
        authenticatorData: b64url(authData),
        signature: b64url(new Uint8Array(signature)),
        userHandle: credential.userHandle,
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }
}
