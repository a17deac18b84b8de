/** Draws a QR code's modules as one SVG path: made here from the otpauth URI, no image service involved. */
export function QrCode({ size, modules, label }: { size: number; modules: number[]; label: string }) {
  const margin = 4;
  let path = '';
  modules.forEach((dark, index) => {
    if (dark) path += `M${(index % size) + margin} ${Math.floor(index / size) + margin}h1v1h-1z`;
  });
  const full = size + margin * 2;
  return (
    <svg className="qr" viewBox={`0 0 ${full} ${full}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={full} height={full} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
