/** A big, plain sentence about where she stands (or why it was refused), with a second line: what a `StateBanner` shows. */
export interface StateView {
  tone: 'ok' | 'info' | 'warning' | 'danger';
  title: string;
  note?: string;
}
