import { Injectable, inject } from '@angular/core';
import {
  CreateProjectDocument,
  CreateProjectInput,
  EditionSummaryFragment,
  MyProjectsDocument,
  SubmitProjectDocument,
  UpdateProjectDocument,
  UpdateProjectInput,
  WithdrawProjectDocument,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';
import { MyProject } from './project.types';

export type Edition = EditionSummaryFragment;

export interface MyProjects {
  projects: MyProject[];
  /** Every public edition (newest first), for names, fields and stages. */
  editions: Edition[];
}

/** The start-up's calls about its own projects. */
@Injectable({ providedIn: 'root' })
export class ProjectsApi {
  private readonly gql = inject(GraphqlService);

  async mine(): Promise<MyProjects> {
    const { myProjects, competitions } = await this.gql.query(MyProjectsDocument);
    return { projects: myProjects, editions: competitions };
  }

  async create(input: CreateProjectInput): Promise<MyProject> {
    return (await this.gql.mutate(CreateProjectDocument, { input })).createProject;
  }

  async update(input: UpdateProjectInput): Promise<MyProject> {
    return (await this.gql.mutate(UpdateProjectDocument, { input })).updateProject;
  }

  async submit(projectId: string): Promise<MyProject> {
    return (await this.gql.mutate(SubmitProjectDocument, { projectId })).submitProject;
  }

  async withdraw(projectId: string): Promise<MyProject> {
    return (await this.gql.mutate(WithdrawProjectDocument, { projectId })).withdrawProject;
  }
}
