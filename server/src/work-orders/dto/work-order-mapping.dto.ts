import type { PutWorkOrderMappingRequest } from '@lingjuli/shared';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { trim } from '../../common/validation/transforms';

/** A column header as the city's batch prints it. */
function Header(): PropertyDecorator {
  return (target, key) => [Transform(trim), IsString(), IsNotEmpty(), MaxLength(100)].forEach((decorate) => decorate(target, key));
}

/** Which column header of the 12345 batch gives each field; the service checks the combination (a community or an address, no header twice). */
export class WorkOrderMappingDto implements PutWorkOrderMappingRequest {
  @Header()
  workOrderNo: string;

  @Header()
  dispatchedAt: string;

  @Header()
  dueAt: string;

  @Header()
  content: string;

  @IsOptionalNotNull()
  @Header()
  community?: string;

  @IsOptionalNotNull()
  @Header()
  address?: string;

  @IsOptionalNotNull()
  @Header()
  contactName?: string;

  @IsOptionalNotNull()
  @Header()
  contactPhone?: string;

  @IsOptionalNotNull()
  @Header()
  category?: string;
}
