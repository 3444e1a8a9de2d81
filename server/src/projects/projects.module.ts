import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProjectAccess } from './project-access';
import { ProjectOpinion } from './project-opinion.entity';
import { ProjectOpinionTimer } from './project-opinion.timer';
import { Project } from './project.entity';
import { ProjectsController } from './projects.controller';
import { ProjectsService } from './projects.service';

/** 建议权 (docs/domain.md §8.2): street projects and the community's opinion on them. */
@Module({
  imports: [TypeOrmModule.forFeature([Project, ProjectOpinion])],
  controllers: [ProjectsController],
  providers: [ProjectAccess, ProjectsService, ProjectOpinionTimer],
  exports: [ProjectsService],
})
export class ProjectsModule {}
