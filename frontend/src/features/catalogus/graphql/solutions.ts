import { graphql } from '../../../generated';

export const CatalogusSolutionCardFragment = graphql(`
  fragment CatalogusSolutionCard on Solution {
    id
    slug
    name
    summary
    type
    domains
    maturity
    openSource
    provider
    licence
    adopterCount
  }
`);

export const CatalogusFitFragment = graphql(`
  fragment CatalogusFit on SolutionFit {
    score
    rank
    adoptionStatus
    gaps
    explanations {
      aspect
      met
      message
    }
    technical {
      score
      missing {
        id
        key
        name
      }
      requirements {
        level
        present
        capability {
          id
          key
          name
          description
        }
      }
    }
    organisational {
      score
      population
      populationMin
      populationMax
      sizeInRange
      prerequisites {
        minValue
        value
        year
        source
        met
        indicator {
          id
          key
          name
          unit
        }
      }
    }
    peers {
      score
      count
      besturen {
        sameRegion
        similarSize
        status
        bestuur {
          id
          name
          nisCode
        }
      }
    }
    trajects {
      score
      trajects {
        slug
        name
      }
    }
    plan {
      title
      kind
      description
      done
      capability {
        id
        name
      }
    }
  }
`);

export const CatalogusSolutionsQuery = graphql(`
  query CatalogusSolutions(
    $first: Int
    $after: String
    $search: String
    $type: [SolutionType!]
    $domain: [SolutionDomain!]
    $maturity: [SolutionMaturity!]
    $openSource: Boolean
    $fitsBestuur: String
  ) {
    solutions(
      first: $first
      after: $after
      search: $search
      type: $type
      domain: $domain
      maturity: $maturity
      openSource: $openSource
      fitsBestuur: $fitsBestuur
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CatalogusSolutionCard
        }
      }
    }
  }
`);

export const CatalogusVoorMijnBestuurQuery = graphql(`
  query CatalogusVoorMijnBestuur(
    $first: Int
    $after: String
    $search: String
    $type: [SolutionType!]
    $domain: [SolutionDomain!]
    $maturity: [SolutionMaturity!]
    $openSource: Boolean
  ) {
    voorMijnBestuur(
      first: $first
      after: $after
      search: $search
      type: $type
      domain: $domain
      maturity: $maturity
      openSource: $openSource
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CatalogusFit
          solution {
            ...CatalogusSolutionCard
          }
        }
      }
    }
  }
`);

export const CatalogusSolutionQuery = graphql(`
  query CatalogusSolution($slug: String!, $nisCode: String!, $withFit: Boolean!) {
    solution(slug: $slug) {
      ...CatalogusSolutionCard
      description
      features
      standards
      processes
      roles
      effortMinDays
      effortMaxDays
      populationMin
      populationMax
      changeNotes
      costIndication
      maintenanceType
      maintenanceUntil
      relatedTrajectSlugs
      isDemo
      updatedAt
      contacts {
        name
        email
        phone
        affiliation
      }
      links {
        label
        url
      }
      requirements {
        level
        capability {
          id
          key
          name
          description
        }
      }
      prerequisites {
        minValue
        indicator {
          id
          key
          name
          unit
        }
      }
      steps {
        title
        kind
        description
        capability {
          id
          name
        }
      }
      adoptions {
        id
        status
        startDate
        endDate
        note
        updatedAt
        contactEmail
        contact {
          id
          displayName
          jobTitle
        }
        bestuur {
          id
          name
          nisCode
          region {
            id
            slug
            name
          }
        }
      }
      fitFor(nisCode: $nisCode) @include(if: $withFit) {
        ...CatalogusFit
      }
    }
  }
`);

export const CatalogusRelatedThreadsQuery = graphql(`
  query CatalogusRelatedThreads($query: String!) {
    searchDiscussions(query: $query, first: 5) {
      thread {
        id
        title
        replyCount
        space {
          id
          name
        }
      }
    }
  }
`);

export const CatalogusTrajectNamesQuery = graphql(`
  query CatalogusTrajectNames {
    trajecten(first: 100) {
      edges {
        node {
          id
          slug
          title
        }
      }
    }
  }
`);
