/**
 * A region of the page that fails on its own: if what it draws throws, it says so, logs the cause,
 * and offers to draw it again, while the rest of the page (the map above all) goes on working.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';

interface Props {
  /** Which region this is, for the log and the tests (`data-region`). */
  region: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
  /** Bumped to draw the region afresh. */
  attempt: number;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The page's ${this.props.region} failed:`, error, info.componentStack);
  }

  private readonly retry = () => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));

  override render(): ReactNode {
    if (this.state.failed) return <RegionFailed region={this.props.region} onRetry={this.retry} />;
    return <Region key={this.state.attempt}>{this.props.children}</Region>;
  }
}

function Region({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

function RegionFailed({ region, onRetry }: { region: string; onRetry(): void }) {
  const t = useT();
  return (
    <div className="region-failed" role="alert" data-region={region} data-testid="region-failed">
      <p>{t.failure.part}</p>
      <button type="button" className="notice-retry" onClick={onRetry}>{t.failure.retry}</button>
    </div>
  );
}
