import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { authFetch, GRAPHQL_URL } from '../auth/session';

/** The console's one GraphQL client: the session's token on every request, nothing cached. */
export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: GRAPHQL_URL, fetch: authFetch }),
  cache: new InMemoryCache(),
  defaultOptions: { query: { fetchPolicy: 'no-cache' }, mutate: { fetchPolicy: 'no-cache' } },
});
