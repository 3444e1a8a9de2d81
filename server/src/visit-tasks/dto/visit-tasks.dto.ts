import {
  CATEGORIES,
  VISIT_TASK_STATUSES,
  type Category,
  type CompleteVisitTaskRequest,
  type CreateVisitTaskRequest,
  type VisitTaskStatus,
} from '@lingjuli/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { trim } from '../../common/validation/transforms';

export class CreateVisitTaskDto implements CreateVisitTaskRequest {
  @IsId()
  buildingId: number;

  @IsIn(CATEGORIES)
  category: Category;

  @IsOptionalNotNull()
  @IsId()
  liaisonId?: number;

  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  note?: string;
}

export class CompleteVisitTaskDto implements CompleteVisitTaskRequest {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note: string;
}

export class ListVisitTasksQuery {
  @IsOptionalNotNull()
  @IsIn(VISIT_TASK_STATUSES)
  status?: VisitTaskStatus;
}
