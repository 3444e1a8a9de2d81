import 'reflect-metadata';
import { CreateCommunityDto } from '../../organisation/dto/organisation.dto';
import { StaffContactDto } from '../../organisation/dto/card.dto';
import { TrainingDto } from '../../liaisons/dto/liaisons.dto';
import { AppError } from '../errors/app-error';
import { createValidationPipe } from './validation.pipe';

/** The message a user reads for a body refused by the app's validation pipe. */
async function refusal(metatype: new () => object, body: object): Promise<string> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype });
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
  throw new Error('accepted');
}

describe('field labels: one field name, the word its form means', () => {
  it('calls a person’s name 姓名 and her title 职务 on the warm-heart card', async () => {
    expect(await refusal(StaffContactDto, { name: '', title: '主任', phone: '010-1234' })).toBe('请检查：姓名不能为空');
    expect(await refusal(StaffContactDto, { name: '王芳', title: 5, phone: '010-1234' })).toBe('请检查：职务应为文字');
  });

  it('calls a community’s name 名称 and a training’s title 标题', async () => {
    expect(await refusal(CreateCommunityDto, { code: 'X01', name: '' })).toBe('请检查：名称不能为空');
    expect(await refusal(TrainingDto, { title: '', date: '2026-02-20', hours: 2 })).toBe('请检查：标题不能为空');
  });
});
