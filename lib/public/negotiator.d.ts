/** negotiator 1.0's encoding choice (its types on npm stop at 0.6 and lack the `preferred` option). */
declare module 'negotiator' {
  export default class Negotiator {
    constructor(request: { headers: Record<string, string | string[] | undefined> });
    encodings(available: string[], options?: { preferred?: string[] }): string[];
  }
}
