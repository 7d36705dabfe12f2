import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { LinkifiedText, linkify } from './LinkifiedText';

describe('LinkifiedText', () => {
  it('turns URLs in plain text into links, without trailing punctuation', () => {
    render(
      <LinkifiedText text={'Bevestig via http://127.0.0.1:3000/e-mail-bevestigen?token=abc123.\nGroeten, <b>Ketenwerk</b>'} />,
    );
    const link = screen.getByRole('link');
    expect(link).toHaveAttribute('href', 'http://127.0.0.1:3000/e-mail-bevestigen?token=abc123');
    expect(screen.getByText(/Groeten, <b>Ketenwerk<\/b>/)).toBeInTheDocument();
  });

  it('ignores non-http schemes', () => {
    expect(linkify('javascript:alert(1) en https://vvsg.be')).toEqual([
      { text: 'javascript:alert(1) en ' },
      { text: 'https://vvsg.be', href: 'https://vvsg.be' },
    ]);
  });
});
