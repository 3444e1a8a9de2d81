import type { LoginResponse } from '@lingjuli/shared';
import { createH5Adapter } from '@/platform/h5.adapter';
import {
  SPEECH_MAX_MS,
  createSpeechInput,
  createWeappAdapter,
  speechErrorMessage,
  type RecordRecognitionManager,
  type WeappApi,
} from '@/platform/weapp.adapter';

const login = {} as LoginResponse;
const wx = {} as WeappApi;

/** Stands in for the 微信同声传译 plugin's recogniser: records calls; the test fires its events. */
function fakeManager(): RecordRecognitionManager & { start: jest.Mock; stop: jest.Mock } {
  return { start: jest.fn(), stop: jest.fn() };
}

describe('voice input (微信同声传译)', () => {
  it('is offered in WeChat only when the build declares the plugin', () => {
    expect(createWeappAdapter(wx, async () => login).speechInput).toBeNull();
    expect(createWeappAdapter(wx, async () => login, { speechRecognizer: () => null }).speechInput).toBeNull();
    expect(
      createWeappAdapter(wx, async () => login, {
        speechRecognizer: () => {
          throw new Error('plugin WechatSI is not defined');
        },
      }).speechInput,
    ).toBeNull();
    expect(createWeappAdapter(wx, async () => login, { speechRecognizer: fakeManager }).speechInput).not.toBeNull();
  });

  it('is not offered in a browser', () => {
    const adapter = createH5Adapter({
      devLogin: jest.fn(),
      residentName: () => 'x',
      chooseImages: jest.fn(),
      downscale: jest.fn(),
      openUrl: jest.fn(),
      saveDownload: jest.fn(),
      chooseFile: jest.fn(),
      geolocation: jest.fn(),
    });
    expect(adapter.speechInput).toBeNull();
  });

  it('listens in Mandarin for up to a minute, passes on the words so far, and ends with the final words', () => {
    const manager = fakeManager();
    const speech = createSpeechInput(manager);
    const onPartial = jest.fn();
    const onEnd = jest.fn();
    speech.start({ onPartial, onEnd });
    expect(manager.start).toHaveBeenCalledWith({ duration: SPEECH_MAX_MS, lang: 'zh_CN' });
    manager.onRecognize?.({ result: '3号楼' });
    expect(onPartial).toHaveBeenCalledWith('3号楼');
    speech.stop();
    expect(manager.stop).toHaveBeenCalled();
    manager.onStop?.({ result: ' 3号楼东侧井盖松动。 ' });
    expect(onEnd).toHaveBeenCalledWith({ text: '3号楼东侧井盖松动。' });
    // Ended: a late event goes nowhere, and stop does nothing.
    manager.onStop?.({ result: '又一段' });
    speech.stop();
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(manager.stop).toHaveBeenCalledTimes(1);
  });

  it('ignores a second start while listening, and can start again once ended', () => {
    const manager = fakeManager();
    const speech = createSpeechInput(manager);
    const first = { onEnd: jest.fn() };
    speech.start(first);
    speech.start({ onEnd: jest.fn() });
    expect(manager.start).toHaveBeenCalledTimes(1);
    manager.onStop?.({});
    expect(first.onEnd).toHaveBeenCalledWith({ text: '' });
    speech.start({ onEnd: jest.fn() });
    expect(manager.start).toHaveBeenCalledTimes(2);
  });

  it('ends with her words for what went wrong: the plugin’s error, or a start that threw', () => {
    const manager = fakeManager();
    const speech = createSpeechInput(manager);
    const onEnd = jest.fn();
    speech.start({ onEnd });
    manager.onError?.({ retcode: -30001, msg: 'record error' });
    expect(onEnd).toHaveBeenCalledWith({ error: speechErrorMessage(-30001) });
    expect(speechErrorMessage(-30001)).toContain('麦克风');

    manager.start.mockImplementationOnce(() => {
      throw new Error('busy');
    });
    const again = jest.fn();
    speech.start({ onEnd: again });
    expect(again).toHaveBeenCalledWith({ error: speechErrorMessage(undefined) });
  });

  it('says a network failure is the network, in Chinese', () => {
    for (const code of [-30003, -30004, -30008, -30010]) expect(speechErrorMessage(code)).toContain('网络');
    expect(speechErrorMessage(-99999)).toMatch(/键盘输入/);
  });
});
