import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProjectOpinion } from './project-opinion.entity';
import { Project } from './project.entity';
import { ProjectsController } from './projects.controller';
import { ProjectsService } from './projects.service';

/** 建议权 (design §5): street projects and the community's opinion on them. */
@Module({
  imports: [TypeOrmModule.forFeature([Project, ProjectOpinion])],
  controllers: [ProjectsController],
  providers: [ProjectsService],
  exports: [ProjectsService],
})
export class ProjectsModule {}
