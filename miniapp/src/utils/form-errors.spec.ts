const showToast = jest.fn(async () => ({}));
const pageScrollTo = jest.fn(async () => ({}));
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { showToast, pageScrollTo } }));

import { ApiError } from '@/services/http';
import {
  ANY_ERROR_SELECTOR,
  FIELD_ERROR_SELECTOR,
  announce,
  checkAnnouncement,
  failureAnnouncement,
  firstMessage,
  screenAnnouncer,
  toastTitle,
  type Announcer,
} from '@/utils/form-errors';

function fakeAnnouncer(): Announcer & { toast: jest.Mock; reveal: jest.Mock } {
  return { toast: jest.fn(), reveal: jest.fn() };
}

describe('announcing a failed submit', () => {
  it('names the first of the form’s own messages, in the order the checks were written', () => {
    expect(firstMessage({ content: '请说一说发现了什么问题', locationText: '位置说明不能超过200字' })).toBe('请说一说发现了什么问题');
    expect(firstMessage({ content: undefined, phone: '', note: '请填写说明' })).toBe('请填写说明');
    expect(firstMessage({})).toBeUndefined();
  });

  it('looks for a field’s message after a failed check, and says nothing when nothing failed', () => {
    expect(checkAnnouncement({ content: '请说一说发现了什么问题' })).toEqual({ message: '请说一说发现了什么问题', selector: FIELD_ERROR_SELECTOR });
    expect(checkAnnouncement({ content: undefined })).toBeNull();
  });

  it('after a refusal names the field the server named, else the form’s own notice', () => {
    const named = new ApiError(400, 'VALIDATION_FAILED', '请求参数不正确', [{ field: 'content', message: '内容不能为空' }]);
    expect(failureAnnouncement(named)).toEqual({ message: '内容不能为空', selector: FIELD_ERROR_SELECTOR });
    const offline = new ApiError(0, 'NETWORK', '网络不给力，请稍后重试');
    expect(failureAnnouncement(offline)).toEqual({ message: '网络不给力，请稍后重试', selector: ANY_ERROR_SELECTOR });
    expect(ANY_ERROR_SELECTOR).toContain(FIELD_ERROR_SELECTOR);
    expect(ANY_ERROR_SELECTOR).toContain('.notice--error');
  });

  it('toasts the message and reveals the first error; nothing at all when there is none', () => {
    const announcer = fakeAnnouncer();
    announce({ message: '请说一说发现了什么问题', selector: FIELD_ERROR_SELECTOR }, announcer);
    expect(announcer.toast).toHaveBeenCalledWith('请说一说发现了什么问题');
    expect(announcer.reveal).toHaveBeenCalledWith(FIELD_ERROR_SELECTOR);
    announce(null, announcer);
    expect(announcer.toast).toHaveBeenCalledTimes(1);
  });

  it('keeps a toast within the two lines WeChat shows', () => {
    expect(toastTitle('  请填写说明 ')).toBe('请填写说明');
    const long = '很'.repeat(50);
    expect(toastTitle(long)).toHaveLength(36);
    expect(toastTitle(long).endsWith('…')).toBe(true);
  });

  it('on WeChat: a toast without icon, then the page scrolled to the selector once it is drawn', () => {
    jest.useFakeTimers();
    try {
      screenAnnouncer.toast('请填写说明');
      expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请填写说明', icon: 'none' }));
      screenAnnouncer.reveal(FIELD_ERROR_SELECTOR);
      expect(pageScrollTo).not.toHaveBeenCalled();
      jest.runAllTimers();
      expect(pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ selector: FIELD_ERROR_SELECTOR }));
    } finally {
      jest.useRealTimers();
    }
  });
});
