import { MANAGEMENT_ITEM_KINDS, type ManagementItem, type ManagementItemKind, type UpdateManagementListRequest } from '@lingjuli/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { trim } from '../../common/validation/transforms';

/** The most items one community's list may hold. */
export const MANAGEMENT_LIST_MAX = 50;

export class ManagementItemDto implements ManagementItem {
  @IsIn(MANAGEMENT_ITEM_KINDS)
  kind: ManagementItemKind;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title: string;

  /** May be empty: some entries are self-explanatory. */
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  description: string;
}

export class UpdateManagementListDto implements UpdateManagementListRequest {
  @IsArray()
  @ArrayMaxSize(MANAGEMENT_LIST_MAX)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ManagementItemDto)
  items: ManagementItemDto[];
}
