import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import { authFetch, GRAPHQL_URL } from '../auth/session';
import { noteWrite } from './writes';

/** Notes every mutation this console has had answered (writes.ts): the next report asks for fresh figures. */
const writes = new ApolloLink((operation, forward) => {
  const def = getMainDefinition(operation.query);
  if (def.kind !== 'OperationDefinition' || def.operation !== 'mutation') return forward(operation);
  return forward(operation).map((result) => {
    noteWrite();
    return result;
  });
});

/** The console's one GraphQL client: the session's token on every request, nothing cached. */
export const apolloClient = new ApolloClient({
  link: ApolloLink.from([writes, new HttpLink({ uri: GRAPHQL_URL, fetch: authFetch })]),
  cache: new InMemoryCache(),
  defaultOptions: { query: { fetchPolicy: 'no-cache' }, mutate: { fetchPolicy: 'no-cache' } },
});
