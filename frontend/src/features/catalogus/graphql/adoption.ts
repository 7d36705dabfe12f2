import { graphql } from '../../../generated';

export const CatalogusSetAdoptionMutation = graphql(`
  mutation CatalogusSetAdoption($input: SetAdoptionInput!) {
    setAdoption(input: $input) {
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
    }
  }
`);

export const CatalogusRemoveAdoptionMutation = graphql(`
  mutation CatalogusRemoveAdoption($input: RemoveAdoptionInput!) {
    removeAdoption(input: $input) {
      id
    }
  }
`);

export const CatalogusAdoptionGridQuery = graphql(`
  query CatalogusAdoptionGrid($regionSlug: String!) {
    adoptionGrid(regionSlug: $regionSlug) {
      region {
        id
        slug
        name
      }
      besturen {
        id
        name
        nisCode
      }
      solutions {
        id
        slug
        name
      }
      cells {
        id
        status
        startDate
        endDate
        bestuur {
          id
        }
        solution {
          id
        }
      }
    }
  }
`);
