import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeQuery } from '../../auth/graphql/operations';
import { anonymousMe, renderWithProviders } from '../../../test/render';
import { FollowStatusQuery, FollowTargetMutation } from '../graphql/operations';
import { FollowButton } from './FollowButton';

const me = {
  request: { query: MeQuery },
  result: {
    data: {
      me: {
        __typename: 'User',
        id: 'u1',
        email: 'sofie@ketenwerk.test',
        displayName: 'Sofie Verbeke',
        jobTitle: null,
        roles: [],
        emailVerified: true,
        bestuur: null,
        coordinatorOf: [],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const ref = { targetType: 'TRAJECT', targetId: 't1' };
const follow = (level: string) => ({
  __typename: 'Follow',
  id: 'f1',
  targetType: 'TRAJECT',
  targetId: 't1',
  level,
  auto: false,
  createdAt: '2025-11-20T10:00:00.000Z',
});
const followMock = (level: string) => ({
  request: { query: FollowTargetMutation, variables: { input: { ...ref, level } } },
  result: { data: { followTarget: follow(level) } },
});

describe('FollowButton', () => {
  it('follows with one click, then offers the levels', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FollowButton targetType="TRAJECT" targetId="t1" />, {
      mocks: [
        me,
        {
          request: { query: FollowStatusQuery, variables: ref },
          result: { data: { followStatus: { __typename: 'FollowStatus', ...ref, level: null, via: 'NONE', follow: null } } },
        },
        followMock('ALLES'),
        followMock('GEDEMPT'),
      ],
    });

    // While the status loads the button is busy; wait until it answers.
    await user.click(await screen.findByRole('button', { name: 'Volgen', busy: false }));
    const toggle = await screen.findByRole('button', { name: 'Je volgt: Alles' });
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Je volgt dit traject: Alles.'));

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const group = screen.getByRole('group', { name: 'Meldingen over dit traject' });
    expect(group).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Alles' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Nieuwe onderwerpen' })).toHaveAccessibleDescription('Alleen nieuwe voortgangsberichten.');

    await user.click(screen.getByRole('radio', { name: 'Gedempt' }));
    expect(await screen.findByRole('button', { name: 'Gedempt' })).toBe(toggle);
    expect(screen.getByRole('radio', { name: 'Gedempt' })).toBeChecked();
  });

  it('offers no "nieuwe onderwerpen" on a thread', async () => {
    const user = userEvent.setup();
    const threadRef = { targetType: 'THREAD', targetId: 'th1' };
    renderWithProviders(<FollowButton targetType="THREAD" targetId="th1" />, {
      mocks: [
        me,
        {
          request: { query: FollowStatusQuery, variables: threadRef },
          result: {
            data: {
              followStatus: {
                __typename: 'FollowStatus',
                ...threadRef,
                level: 'NIEUWE_ONDERWERPEN',
                via: 'SPACE',
                follow: null,
              },
            },
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Je volgt: Nieuwe onderwerpen' }));
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['ALLES', 'NORMAAL', 'GEDEMPT']);
    expect(screen.getByText(/via de werkruimte/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Niet meer volgen' })).not.toBeInTheDocument();
  });

  it('shows nothing to visitors who are not signed in', async () => {
    const { container } = renderWithProviders(<FollowButton targetType="TRAJECT" targetId="t1" />, { mocks: [anonymousMe] });
    await new Promise((r) => setTimeout(r, 20));
    expect(container).toBeEmptyDOMElement();
  });
});
