/** GraphQL documents of the identity feature that several integration tests send. */

/** What the portal reads of the signed-in user: the user, where they act and what they may use. */
const VIEWER = /* GraphQL */ `
  fragment ViewerParts on Viewer {
    user {
      id
      email
      displayName
      locale
      timeZone
    }
    capabilities
    activeOrganization {
      id
      kind
      name {
        en
      }
      verificationStatus
      viewerRole
      contacts {
        email
      }
      members {
        role
        user {
          email
        }
      }
    }
    memberships {
      id
      role
      organization {
        id
      }
    }
  }
`;

export const ME = /* GraphQL */ `
  query Me {
    me {
      ...ViewerParts
    }
  }
  ${VIEWER}
`;

export const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...ViewerParts
    }
  }
  ${VIEWER}
`;

export const ACCEPT_INVITATION = /* GraphQL */ `
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(input: { token: $token }) {
      ...ViewerParts
    }
  }
  ${VIEWER}
`;

export const SWITCH_ORGANIZATION = /* GraphQL */ `
  mutation SwitchOrganization($organizationId: ID!) {
    switchOrganization(input: { organizationId: $organizationId }) {
      ...ViewerParts
    }
  }
  ${VIEWER}
`;

/** One organisation with everything private it has: what the viewer may not see comes back null. */
export const ORGANIZATION = /* GraphQL */ `
  query Organization($id: ID!) {
    organization(id: $id) {
      id
      name {
        en
      }
      verificationStatus
      city
      contacts {
        email
        phone
        messenger
      }
      members {
        role
        user {
          id
          email
        }
      }
      invitations {
        id
        email
        status
      }
      viewerRole
    }
  }
`;

export const UPDATE_ORGANIZATION = /* GraphQL */ `
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      city
      name {
        en
      }
    }
  }
`;

export const VERIFY_ORGANIZATION = /* GraphQL */ `
  mutation VerifyOrganization($id: ID!, $status: VerificationStatus!) {
    verifyOrganization(input: { organizationId: $id, status: $status }) {
      id
      verificationStatus
    }
  }
`;

export const INVITE_MEMBER = /* GraphQL */ `
  mutation InviteMember($organizationId: ID!, $email: String!, $role: MembershipRole! = MEMBER) {
    inviteMember(input: { organizationId: $organizationId, email: $email, role: $role }) {
      token
      invitation {
        id
        email
        role
        status
      }
    }
  }
`;

/** A page of the market directory. A page size given by a variable counts as 100 in the query cost. */
export const MARKET_DIRECTORY_PAGE = /* GraphQL */ `
  query MarketDirectoryPage($first: Int) {
    marketDirectory(first: $first) {
      totalCount
    }
  }
`;
