import { Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { BigButton } from '@/components/BigButton';
import { platform } from '@/platform';

/**
 * 语音输入 under a text box, only where the platform offers speech-to-text (WeChat with the 同声传译
 * plugin declared): tap, speak, tap again; the words are added to the box. Nothing at all elsewhere.
 */
export function VoiceInput({ id, onText, disabled }: { id: string; onText: (spoken: string) => void; disabled?: boolean }) {
  const speech = platform.speechInput;
  const [listening, setListening] = useState(false);
  const [heard, setHeard] = useState('');
  const [note, setNote] = useState<string | null>(null);
  // The words arrive after a later render: add them to the box as it is then, not as it was at the tap.
  const latestOnText = useRef(onText);
  useEffect(() => {
    latestOnText.current = onText;
  }, [onText]);

  // Leaving the page while listening: stop the microphone.
  useEffect(() => () => speech?.stop(), [speech]);

  if (!speech) return null;

  const start = async () => {
    setNote(null);
    if (!(await platform.ensurePrivacyAuthorized())) {
      setNote('需要您同意隐私保护指引后才能使用语音输入，也可以用键盘输入。');
      return;
    }
    setHeard('');
    setListening(true);
    speech.start({
      onPartial: setHeard,
      onEnd: (result) => {
        setListening(false);
        setHeard('');
        if ('error' in result) setNote(result.error);
        else if (!result.text) setNote('没有听清，请靠近手机再说一次。');
        else latestOnText.current(result.text);
      },
    });
  };

  return (
    <View className='liaison-voice'>
      <BigButton id={id} kind={listening ? 'primary' : 'secondary'} disabled={disabled} onClick={() => (listening ? speech.stop() : void start())}>
        {listening ? '说完了，点这里' : '语音输入（点一下，开始说）'}
      </BigButton>
      {listening && <Text className='liaison-voice__heard'>{heard || '正在听，请说话…'}</Text>}
      {note && <Text className='liaison-voice__note'>{note}</Text>}
    </View>
  );
}
