import { graphql } from '../../../generated';

export const CatalogusBestuurProfileFragment = graphql(`
  fragment CatalogusBestuurProfile on BestuurProfile {
    population
    indicators {
      sourceLabel
      regionMean
      flandersMean
      indicator {
        id
        key
        name
        unit
        minValue
        maxValue
        aggregation
        description
      }
      latest {
        id
        value
        year
        source
        isDemo
      }
    }
    capabilities {
      id
      key
      name
    }
    adoptions {
      id
      status
      startDate
      endDate
      solution {
        id
        slug
        name
      }
    }
  }
`);

export const CatalogusBestuurProfileQuery = graphql(`
  query CatalogusBestuurProfile($nisCode: String!) {
    bestuur(nisCode: $nisCode) {
      id
      name
      nisCode
      kind
      region {
        id
        slug
        name
      }
      profile {
        ...CatalogusBestuurProfile
      }
    }
    capabilities {
      id
      key
      name
      description
    }
  }
`);

export const CatalogusSetCapabilitiesMutation = graphql(`
  mutation CatalogusSetCapabilities($input: SetBestuurCapabilitiesInput!) {
    setBestuurCapabilities(input: $input) {
      id
      profile {
        ...CatalogusBestuurProfile
      }
    }
  }
`);

export const CatalogusIndicatorImportsQuery = graphql(`
  query CatalogusIndicatorImports($first: Int) {
    indicatorImports(first: $first) {
      totalCount
      edges {
        node {
          id
          source
          year
          years
          fileName
          format
          via
          runBy
          valueCount
          newCount
          changedCount
          unchangedCount
          createdAt
        }
      }
    }
  }
`);
