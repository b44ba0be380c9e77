/**
 * Carry the result away: print a referral sheet, share the link (Web Share, else copy), or show a
 * QR code that opens the same result, in the same language, on another phone. All offline.
 *
 * The link holds the person's answers (in its query). In the sensitive flows (those with the quick
 * exit: violence against women, children) the section first says so, in plain words, and the ways
 * to share, print or show the code appear only once the person says they understand (the QR code is
 * not printed before either). A result shown also asks the browser to keep Rumbo on the device
 * (src/pwa/keep.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { QrCode } from '../../components/QrCode';
import { useFlow } from '../../data/content';
import { useT } from '../../i18n';
import { keepOnDevice } from '../../pwa/keep';
import { pageNeeds } from '../../routes';
import { copyToClipboard } from '../../clipboard';

export default function ShareTools({ path, title }: { path: string; title: string }) {
  const { t } = useT();
  const needs = pageNeeds(path);
  const sensitive = useFlow(needs?.flow ?? '', needs?.lang ?? 'es')?.quickExit === true;
  const [understood, setUnderstood] = useState(false);
  const open = !sensitive || understood;
  const firstAction = useRef<HTMLButtonElement>(null);
  useEffect(keepOnDevice, []);
  useEffect(() => {
    if (understood) firstAction.current?.focus();
  }, [understood]);
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
      await copyToClipboard(url);
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
      {sensitive && (
        <div class="notice share-warning no-print">
          <p id="share-warning">{t('share.sensitive')}</p>
        </div>
      )}
      {open ? (
        <>
          <p class="actions no-print">
            <button type="button" class="button secondary" ref={firstAction} onClick={printSheet}>{t('share.print')}</button>
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
        </>
      ) : (
        <p class="actions no-print">
          <button type="button" class="button secondary" aria-describedby="share-warning" onClick={() => setUnderstood(true)}>
            {t('share.sensitiveConfirm')}
          </button>
        </p>
      )}
    </section>
  );
}
