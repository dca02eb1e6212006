import { Injectable, inject } from '@angular/core';
import { AuthService, Viewer } from '../../../core/auth/auth.service';
import {
  AcceptJudgeInvitationDocument,
  JudgeInvitationPreviewDocument,
  JudgeInvitationPreviewQuery,
  JudgeSignUpInput,
  SignUpAsJudgeDocument,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';

export type JudgeInvitationPreview = NonNullable<JudgeInvitationPreviewQuery['judgeInvitationPreview']>;

/** Judge invitation links: what they offer, signing up with one, accepting one. */
@Injectable({ providedIn: 'root' })
export class JudgeInvitationsApi {
  private readonly gql = inject(GraphqlService);
  private readonly auth = inject(AuthService);

  /** null when the link is spent, revoked or unknown. */
  async preview(token: string): Promise<JudgeInvitationPreview | null> {
    return (await this.gql.query(JudgeInvitationPreviewDocument, { token })).judgeInvitationPreview ?? null;
  }

  /** Creates the judge's account; the browser is signed in as them. */
  async signUp(input: JudgeSignUpInput): Promise<Viewer> {
    const { signUpAsJudge } = await this.gql.mutate(SignUpAsJudgeDocument, { input });
    return this.auth.signedInAs(signUpAsJudge);
  }

  /** Accepts the invitation for the signed-in user, then reloads the viewer (now a judge). */
  async accept(token: string): Promise<void> {
    await this.gql.mutate(AcceptJudgeInvitationDocument, { token });
    await this.auth.load();
  }
}
