/** `/`: opens the person's language (saved choice, else the browser's, else Spanish). */
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { detectLanguage, savedLanguage } from '../i18n/detect';
import { useHead } from '../head';

export function RootRedirect() {
  const { route } = useLocation();
  useHead({ lang: 'es', title: 'Rumbo', description: 'Rumbo: servicios públicos para personas migrantes en el Perú. Public services for migrants in Peru.' });
  useEffect(() => {
    route(`/${detectLanguage(savedLanguage(), navigator.languages ?? [])}/`, true);
  }, []);
  // Shown before JavaScript runs, and where it cannot run.
  return (
    <section class="choose-lang">
      <h1 tabIndex={-1}>Rumbo</h1>
      <p>Elige tu idioma. <span lang="en">Choose your language.</span></p>
      <p class="actions">
        <a class="button" href="/es/" lang="es" hreflang="es">Español</a>
        <a class="button secondary" href="/en/" lang="en" hreflang="en">English</a>
      </p>
    </section>
  );
}
