import { CATEGORIES, type Category, type SimilarAppealsQuery, type SupportAppealRequest } from '@lingjuli/shared';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Min } from 'class-validator';

export class SimilarAppealsDto implements SimilarAppealsQuery {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  buildingId: number;

  @IsIn(CATEGORIES)
  category: Category;
}

/** "Me too" names the building and category she is filing about: what `similar` was asked with. */
export class SupportAppealDto implements SupportAppealRequest {
  @IsInt()
  @Min(1)
  buildingId: number;

  @IsIn(CATEGORIES)
  category: Category;
}
