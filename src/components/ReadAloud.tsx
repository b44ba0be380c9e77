/**
 * "Listen": reads the page's main content with the device's own speech synthesis, in the page's
 * language, phone numbers digit by digit; a stop button. Hidden where there is no speech synthesis.
 * The prerendered page keeps its place (invisible) so nothing moves when the script arrives. What
 * reads the page (../speech) loads once the page is interactive, not before: most people never tap it.
 */
import { useEffect, useState } from 'preact/hooks';
import { contacts } from 'virtual:rumbo/facts';
import { useT } from '../i18n';

type Speech = typeof import('../speech');
// The contacts' numbers, so they are said digit by digit wherever the text writes them. The facts
// module is already in the main bundle (../data/content), so this adds nothing to download.
const PHONES = [...new Set(contacts.flatMap((c) => (c.phone ? [c.phone] : [])))];
let loading: Promise<Speech> | undefined;
let loaded: Speech | undefined;
/** The reading code, once; if it fails to load (offline before it was saved), the next tap tries again. */
const loadSpeech = () =>
  (loading ??= import('../speech').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));

export function ReadAloud({ target }: { target: string }) {
  const { t, lang } = useT();
  const [supported, setSupported] = useState<boolean | undefined>(undefined);
  const [speaking, setSpeaking] = useState(false);
  // The phone could not speak (no voice installed, say): said, not left as a button that does nothing.
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const can = typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
    setSupported(can);
    if (can) loadSpeech().catch(() => undefined);
    return () => {
      if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
    };
  }, []);
  if (supported === false) return null;
  const stop = () => {
    speechSynthesis.cancel();
    setSpeaking(false);
  };
  // Speaks in the tap's own task once the code is there (some browsers speak only then).
  const start = (speech: Speech) => {
    const root = document.querySelector(target);
    if (!root) return;
    const { pickVoice, speechBlocks } = speech;
    speechSynthesis.cancel();
    setFailed(false);
    const voice = pickVoice(speechSynthesis.getVoices(), lang);
    const blocks = speechBlocks(root, PHONES);
    blocks.forEach((text, i) => {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = voice?.lang ?? (lang === 'es' ? 'es-PE' : 'en-GB');
      if (voice) u.voice = voice;
      if (i === blocks.length - 1) u.onend = () => setSpeaking(false);
      u.onerror = (e) => {
        setSpeaking(false);
        if (e.error !== 'interrupted' && e.error !== 'canceled') setFailed(true);
      };
      speechSynthesis.speak(u);
    });
    setSpeaking(blocks.length > 0);
  };
  return (
    <p class={`read-aloud${supported ? ' ready' : ''}`} data-no-read>
      {speaking ? (
        <button type="button" class="button small secondary" onClick={stop}>{t('listen.stop')}</button>
      ) : (
        <button type="button" class="button small secondary" onClick={() => (loaded ? start(loaded) : void loadSpeech().then(start, () => undefined))}>{t('listen.start')}</button>
      )}
      <span class="read-aloud-status" role="status">
        {failed ? t('listen.failed') : ''}
      </span>
    </p>
  );
}
