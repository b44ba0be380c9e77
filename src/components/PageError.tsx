/** Catches any error below it and shows a translated message with a way forward, never a blank page. */
import { Component, type ComponentChildren } from 'preact';
import { i18n } from '../i18n';
import type { Lang } from '../routes';
import { PageTitle } from './PageTitle';

interface State {
  failed: boolean;
}

export class PageError extends Component<{ children: ComponentChildren }, State> {
  constructor(props: { children: ComponentChildren }) {
    super(props);
    this.state = { failed: false };
  }

  override componentDidCatch(error: unknown) {
    // Only the kind of error, never data: answers must not reach the console.
    console.error('Rumbo: page error', error instanceof Error ? error.name : typeof error);
    this.setState({ failed: true });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const lang = i18n.language as Lang;
    const t = i18n.t;
    return (
      <section>
        <PageTitle>{t('error.title')}</PageTitle>
        <p>{t('error.body')}</p>
        <p class="actions">
          <button type="button" class="button" onClick={() => location.reload()}>
            {t('error.reload')}
          </button>
          <a class="button secondary" href={`/${lang}/`} onClick={() => this.setState({ failed: false })}>
            {t('nav.home')}
          </a>
        </p>
      </section>
    );
  }
}
