import { ApolloProvider } from '@apollo/client/react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo';
import { i18n } from './i18n';
import { AppRoutes } from './AppRoutes';

// One client for the lifetime of the page (never kept in React state).
const client = createApolloClient();

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ApolloProvider>
    </I18nextProvider>
  );
}
