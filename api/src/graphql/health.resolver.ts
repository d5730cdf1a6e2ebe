import { Query, Resolver } from 'type-graphql';

@Resolver()
export class HealthResolver {
  @Query(() => String, { description: 'The API version; a cheap liveness probe over GraphQL' })
  apiVersion(): string {
    return '0.1.0';
  }
}
