import { Text, View } from '@tarojs/components';
import { ROLE_LABELS } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Screen } from '@/components/Screen';
import { Notice } from '@/components/States';
import { TextField } from '@/components/staff/TextField';
import { useLogin } from '@/hooks/staff/useLogin';
import { routes } from '@/routes';
import { openPage } from '@/utils/navigation';
import './index.scss';

/**
 * Staff log in with the username and password the street gave them, then land on their workbench.
 * In the browser build, sample liaisons (who use WeChat in the real app) log in by username.
 * Enter (the keyboard's confirm key) moves on from the username and logs in from the password.
 */
export default function Login() {
  const { loggedIn, enter, logout, form, dev } = useLogin();

  if (loggedIn) {
    return (
      <Screen className='login'>
        <Text className='title'>工作人员登录</Text>
        <Card>
          <Text className='login__who'>{loggedIn.user.displayName}</Text>
          <Text className='muted'>当前身份：{ROLE_LABELS[loggedIn.user.role]}</Text>
          <BigButton id='login-enter' onClick={enter}>
            进入工作台
          </BigButton>
          <BigButton id='logout' kind='secondary' onClick={logout}>
            退出登录
          </BigButton>
        </Card>
        <BigButton kind='plain' onClick={() => openPage(routes.home())}>
          返回社区首页
        </BigButton>
      </Screen>
    );
  }

  return (
    <Screen className='login'>
      <Text className='title'>工作人员登录</Text>
      <Text className='muted login__intro'>社区工作人员、社区书记、网格书记、街道与科室人员使用街道分配的账号登录。</Text>
      <Card>
        <TextField
          id='login-username'
          label='用户名'
          value={form.username}
          onChange={form.setUsername}
          error={form.fieldError('username')}
          placeholder='如 staff-c01-1'
          maxlength={50}
          confirmType='next'
          onConfirm={form.usernameConfirmed}
        />
        <TextField
          id='login-password'
          label='密码'
          value={form.password}
          onChange={form.setPassword}
          error={form.fieldError('password')}
          password
          maxlength={200}
          confirmType='go'
          onConfirm={() => void form.submit()}
          focus={form.passwordFocused}
          onBlur={form.passwordBlurred}
        />
        {form.message && <Notice tone='error'>{form.message}</Notice>}
        <BigButton id='login-submit' loading={form.busy} onClick={() => void form.submit()}>
          登录
        </BigButton>
      </Card>

      {dev.available && (
        <Card title='开发环境：民情专员登录' className='login__dev'>
          <Text className='muted'>民情专员在微信中直接登录；浏览器体验版可按示例用户名登录。</Text>
          <TextField
            id='dev-username'
            label='民情专员用户名'
            value={dev.username}
            onChange={dev.setUsername}
            error={dev.error}
            placeholder='如 liaison-c01-1'
            maxlength={50}
            confirmType='go'
            onConfirm={() => void dev.submit()}
          />
          <BigButton id='dev-login-submit' kind='secondary' loading={dev.busy} onClick={() => void dev.submit()}>
            以民情专员身份登录
          </BigButton>
        </Card>
      )}

      <View className='spacer' />
      <BigButton kind='plain' onClick={() => openPage(routes.home())}>
        我是居民，返回首页
      </BigButton>
    </Screen>
  );
}
