import { CATEGORIES, type Category, type SimilarAppealsQuery } from '@lingjuli/shared';
import { Transform } from 'class-transformer';
import { IsIn } from 'class-validator';
import { IsId } from '../../common/validation/ids';
import { queryInteger } from '../../common/validation/transforms';

export class SimilarAppealsDto implements SimilarAppealsQuery {
  @Transform(queryInteger)
  @IsId()
  buildingId: number;

  @IsIn(CATEGORIES)
  category: Category;
}
