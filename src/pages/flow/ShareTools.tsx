/**
 * Carry the result away: print a referral sheet, share the link (Web Share, else copy), or show a
 * QR code that opens the same result, in the same language, on another phone. All offline.
 *
 * The link holds the person's answers (in its query). In the sensitive flows (those with the quick
 * exit: violence against women, children) the section first says so, in plain words, and the ways
 * to share, print or show the code appear only once the person says they understand (the QR code is
 * not printed before either). A result shown also asks the browser to keep Rumbo on the device
 * (src/pwa/keep.ts).
 *
 * The printed sheet (./PrintSheet) can be in the other language than the page's, for a person who
 * reads it: the caseworker picks it here; its text is loaded then, and the choice lives in memory only.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { QrCode } from '../../components/QrCode';
import { loadSheetText, useFlow } from '../../data/content';
import { i18n, useT } from '../../i18n';
import { keepOnDevice } from '../../pwa/keep';
import { LANGS, pageNeeds, type Lang } from '../../routes';
import { useSettings } from '../../settings';
import { copyToClipboard } from '../../clipboard';
import { PrintSheet, type SheetData } from './PrintSheet';

/** Each language's name in that language, as the sheet-language choice shows it. */
const NAMES: Record<Lang, string> = { es: 'Español', en: 'English' };

/** True once the text a sheet in `lang` needs is there (the UI's, the flow's, the contacts'). */
const hasSheetText = (flow: string, lang: Lang) =>
  i18n.exists('share.qrCaption', { lng: lang }) && i18n.hasResourceBundle(lang, flow) && i18n.hasResourceBundle(lang, 'facts');

export default function ShareTools({ path, title, sheet }: { path: string; title: string; sheet?: SheetData }) {
  const { t, lang } = useT();
  const { bilingual } = useSettings();
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
    // Already printing when this code arrives (the browser's menu, or a test emulating print).
    if (media.matches) before();
    addEventListener('beforeprint', before);
    media.addEventListener('change', change);
    return () => {
      removeEventListener('beforeprint', before);
      media.removeEventListener('change', change);
    };
  }, []);
  const [status, setStatus] = useState('');
  // The sheet's language: the page's unless the caseworker picks another (in memory, for this page only).
  const [chosen, setChosen] = useState<{ path: string; lang: Lang }>();
  const sheetLang = chosen?.path === path ? chosen.lang : lang;
  const second = bilingual ? LANGS.find((l) => l !== sheetLang) : undefined;
  const sheetLangs = second ? [sheetLang, second] : [sheetLang];
  const [, setLoaded] = useState(0);
  const sheetReady = !sheet || sheetLangs.every((l) => hasSheetText(sheet.flow.id, l));
  const loadSheet = () => (sheet ? Promise.all(sheetLangs.map((l) => loadSheetText(sheet.flow.id, l))).then(() => setLoaded((n) => n + 1)) : Promise.resolve());
  useEffect(() => {
    if (!sheetReady) void loadSheet().catch(() => setStatus(t('share.sheetFailed')));
  }, [sheetLang, bilingual]);
  const chooseSheetLang = (l: Lang) => {
    setChosen({ path, lang: l });
    setStatus('');
    if (sheet) {
      void Promise.all((bilingual ? LANGS : [l]).map((x) => loadSheetText(sheet.flow.id, x))).then(
        () => setStatus(t('share.sheetReady', { language: t(`share.langs.${l}`) })),
        () => setStatus(t('share.sheetFailed')),
      );
    }
  };
  const printSheet = async () => {
    try {
      await loadSheet();
    } catch {
      setStatus(t('share.sheetFailed'));
      return;
    }
    setPrinting(true);
    requestAnimationFrame(() => print());
  };
  const url = `${location.origin}${path}`;
  // The sheet's QR code opens the result in the sheet's language.
  const sheetUrl = `${location.origin}${path.replace(/^\/[a-z]{2}\//, `/${sheetLang}/`)}`;
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
          {sheet && (
            <p class="sheet-lang no-print">
              <label for="sheet-lang" class="select-label">{t('share.sheetLang')}</label>
              <select id="sheet-lang" value={sheetLang} onChange={(e) => chooseSheetLang((e.currentTarget as HTMLSelectElement).value as Lang)}>
                {LANGS.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {NAMES[l]}
                  </option>
                ))}
              </select>
            </p>
          )}
          <p class="actions no-print">
            <button type="button" class="button secondary" ref={firstAction} onClick={() => void printSheet()}>{t('share.print')}</button>
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
      {/* Once drawn for printing, the sheet stays (hidden on screen): some browsers print after print() returns. */}
      {sheet && printing && sheetReady && <PrintSheet data={sheet} lang={sheetLang} second={second} url={sheetUrl} qr={open} />}
    </section>
  );
}
