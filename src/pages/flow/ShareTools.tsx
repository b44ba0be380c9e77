/**
 * Carry the result away: print a referral sheet, share the link (Web Share, else copy), or show a
 * QR code that opens the same result, in the same language, on another phone. All offline.
 */
import { useEffect, useState } from 'preact/hooks';
import { QrCode } from '../../components/QrCode';
import { useT } from '../../i18n';

export default function ShareTools({ path, title }: { path: string; title: string }) {
  const { t } = useT();
  const [showQr, setShowQr] = useState(false);
  // The QR code is drawn only when someone asks for it or prints (drawing it costs a cheap phone a moment).
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => setPrinting(true);
    const media = matchMedia('print');
    const change = (e: MediaQueryListEvent) => e.matches && before();
    addEventListener('beforeprint', before);
    media.addEventListener('change', change);
    return () => {
      removeEventListener('beforeprint', before);
      media.removeEventListener('change', change);
    };
  }, []);
  const printSheet = () => {
    setPrinting(true);
    requestAnimationFrame(() => print());
  };
  const [status, setStatus] = useState('');
  const url = `${location.origin}${path}`;
  const canShare = typeof navigator.share === 'function';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('share.copied'));
    } catch {
      setStatus(t('share.copyFailed'));
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title, url });
    } catch {
      /* the person closed the share sheet */
    }
  };
  return (
    <section class="share-tools" aria-labelledby="share-title">
      <h2 id="share-title" class="no-print">{t('share.title')}</h2>
      <p class="actions no-print">
        <button type="button" class="button secondary" onClick={printSheet}>{t('share.print')}</button>
        {canShare ? (
          <button type="button" class="button secondary" onClick={share}>{t('share.share')}</button>
        ) : (
          <button type="button" class="button secondary" onClick={copy}>{t('share.copy')}</button>
        )}
        <button type="button" class="button secondary" aria-expanded={showQr} aria-controls="qr-box" onClick={() => setShowQr(!showQr)}>
          {t(showQr ? 'share.hideQr' : 'share.showQr')}
        </button>
      </p>
      <p role="status" class="no-print">{status}</p>
      <figure id="qr-box" class={`qr-box${showQr ? ' open' : ''}`}>
        {(showQr || printing) && <QrCode text={url} label={t('share.qrLabel')} />}
        <figcaption>{t('share.qrCaption')}</figcaption>
      </figure>
      {!canShare && <p class="share-url no-print"><a href={url}>{url}</a></p>}
    </section>
  );
}
