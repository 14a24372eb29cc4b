import { Component, type ReactNode } from "react";

interface State {
  failed: boolean;
}

/** A screen whose chunk failed to load shows `fallback` instead of blanking the pane; a new `resetKey` retries. */
export class ScreenBoundary extends Component<{ fallback: ReactNode; resetKey: string; children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidUpdate(previous: { resetKey: string }): void {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
