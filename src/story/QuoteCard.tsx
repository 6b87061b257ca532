import type { CompiledQuote } from '../data/types.ts';
import { useModel } from '../model/model.ts';
import { useAppStore } from '../store/appStore.ts';
import { useT } from '../i18n/useT.ts';
import { provenanceLabel, quoteLink, rawQuote, translationLabel } from './quoteLogic.ts';

export function QuoteCard({ quote }: { quote: CompiledQuote }) {
  const t = useT();
  const { sources } = useModel();
  const store = useAppStore();
  const source = sources.get(quote.source);
  if (!source) return null;
  const translation = translationLabel(source, quote, t);
  return (
    <figure className="quote" data-source={source.id}>
      <blockquote lang={quote.lang} cite={source.url}>
        <p>{rawQuote(source, quote)}</p>
      </blockquote>
      <figcaption>
        {quote.speaker && <span className="quote-speaker">— {quote.speaker}</span>}
        <span className="quote-source">{provenanceLabel(source, t)}</span>
        {translation && <span className="quote-translation">{translation}</span>}
        <span className="quote-links">
          <a href={quoteLink(source, rawQuote(source, quote))} target="_blank" rel="noopener noreferrer" className="quote-link">
            {t.openSource}
            <span className="visually-hidden"> {t.newTab}</span>
            <span aria-hidden="true"> ↗</span>
          </a>
          <button type="button" className="link-button" onClick={() => store.getState().openSource({ source: source.id, at: quote.at })}>
            {t.readSource}
          </button>
        </span>
      </figcaption>
    </figure>
  );
}
