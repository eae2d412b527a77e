import { useEffect, useState } from 'preact/hooks';

/**
 * The invite as a QR code, drawn from the encoded module matrix as SVG elements by Preact: no markup string is ever
 * inserted, so nothing in the link (team name included) can become HTML. The encoder loads only when shown.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [qr, setQr] = useState<{ size: number; path: string } | undefined>();
  useEffect(() => {
    let live = true;
    import('uqr').then(({ encode }) => {
      const code = encode(text, { ecc: 'M', border: 2 });
      const path: string[] = [];
      code.data.forEach((row, y) => {
        row.forEach((dark, x) => {
          if (dark) path.push(`M${x} ${y}h1v1h-1z`);
        });
      });
      if (live) setQr({ size: code.size, path: path.join('') });
    });
    return () => {
      live = false;
    };
  }, [text]);
  if (!qr) return null;
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      width="200"
      height="200"
      shape-rendering="crispEdges"
      data-testid="invite-qr"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
