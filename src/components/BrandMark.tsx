/**
 * Rumbo's compass mark (the same drawing as public/icons/icon.svg), inline in the header: an
 * `<img>` would cost a request and a separate SVG document before the first paint. Decorative.
 */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg class="brand-mark" width={size} height={size} viewBox="0 0 512 512" aria-hidden="true" focusable="false">
      <rect width="512" height="512" rx="112" fill="#0b5563" />
      <circle cx="256" cy="256" r="172" fill="none" stroke="#fff" stroke-width="40" />
      <g transform="rotate(45 256 256)">
        <polygon points="256,126 310,256 256,386 202,256" fill="#fff" />
        <polygon points="256,386 202,256 310,256" fill="#8ccfd6" />
      </g>
    </svg>
  );
}
