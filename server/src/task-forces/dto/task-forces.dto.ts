import { NOTE_VISIBILITIES, type FormTaskForceRequest, type NoteVisibility, type TaskForceNoteRequest } from '@lingjuli/shared';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { RequiredText } from '../../common/validation/text';
import { trimEach } from '../../common/validation/transforms';

export class FormTaskForceDto implements FormTaskForceRequest {
  @RequiredText(100)
  name: string;

  @IsId()
  leadDepartmentId: number;

  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsId({ each: true })
  memberDepartmentIds?: number[];

  /** Residents' representatives and other people by name and role, e.g. "业主代表 张先生". */
  @IsOptionalNotNull()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  representatives?: string[];

  @IsOptionalNotNull()
  @RequiredText(2000)
  note?: string;
}

export class TaskForceNoteDto implements TaskForceNoteRequest {
  @RequiredText(2000)
  content: string;

  /** `public` notes show on the resident's timeline and count as the appeal's public progress. */
  @IsIn(NOTE_VISIBILITIES)
  visibility: NoteVisibility;
}
