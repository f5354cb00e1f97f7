import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { GraphQLError } from 'graphql';

@Plugin()
export class ComplexityPlugin {
  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  async requestDidStart() {
    const { schema } = this.schemaHost;
    return {
      async didResolveOperation({ request, document }: any) {
        const complexity = getComplexity({ schema, operationName: request.operationName, query: document, variables: request.variables, estimators: [simpleEstimator({ defaultComplexity: 1 })] });
        if (complexity > 200) throw new GraphQLError(`Query is too complex: ${complexity}`);
      },
    };
  }
}
