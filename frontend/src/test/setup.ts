import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { i18n } from '../app/i18n';

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('nl-BE');
});

afterEach(() => {
  cleanup();
});
