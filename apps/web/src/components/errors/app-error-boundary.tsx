import { Container } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { HelpPanel } from '../help-panel/help-panel';
import { MAIN_CONTENT_ID } from '../skip-link/skip-link';
import { ErrorMessage } from './error-message';

interface Props {
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
}

/**
 * The last safety net, around the router itself. Even when everything else breaks, the page
 * still says it is not the person's fault and still shows where to get help.
 */
export class AppErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Only to the browser console: nothing about what happened on this screen leaves the device.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        <main id={MAIN_CONTENT_ID}>
          <Container size="md" py="xl">
            <ErrorMessage />
          </Container>
        </main>
        <footer>
          <Container size="md" pb="xl">
            <HelpPanel />
          </Container>
        </footer>
      </>
    );
  }
}
