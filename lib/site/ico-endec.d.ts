/** ico-endec ships no types: the one function used here (lib/site/brand.ts). */
declare module 'ico-endec' {
  const icoEndec: {
    /** Packs BMP or PNG images into one ICO file. */
    encode(images: (Buffer | ArrayBuffer)[]): Buffer;
  };
  export default icoEndec;
}
