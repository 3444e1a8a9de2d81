import { CATEGORIES, type Category, type SimilarAppealsQuery } from '@lingjuli/shared';
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
