import { CATEGORIES, type Category, type SimilarAppealsQuery, type SupportAppealRequest } from '@lingjuli/shared';
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

/** "Me too" names the building and category she is filing about: what `similar` was asked with. */
export class SupportAppealDto implements SupportAppealRequest {
  @IsId()
  buildingId: number;

  @IsIn(CATEGORIES)
  category: Category;
}
