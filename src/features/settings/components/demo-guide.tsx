/**
 * The demo guide: the seed organisation's six showcase users (docs/api.md "The seed organisation")
 * and the answer each shows for Managing training jobs, with one link to each answer. Shown above
 * every page until dismissed (src/components/session/demo-guide-state.ts); lazily loaded by the
 * shell, with this feature's strings (settings.json `guide`), so the first route carries neither.
 */
import { Anchor, Button, CloseButton, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/components/navigation/paths';
import { setDemoGuideShown } from '@/components/session/demo-guide-state';

/** The Internal workspace vision-lab of the seed, which does not grant wes. */
const VISION_LAB = '4f6c1d2ab8e94e0f9a7c35d21b6e8f03';
const scenario = (user: string, extra = '') => `${paths.analyzer}?tab=scenario&user=${user}&scenario=training-management${extra}`;
const check = (mode: 'strict' | 'loose') => `${paths.analyzer}?tab=check&user=liam&actions=modelarts:trainJob:create&mode=${mode}`;

const SHOWCASE: ReadonlyArray<{ user: string; links: ReadonlyArray<{ key: string; to: string }> }> = [
  { user: 'maya', links: [{ key: 'scenario', to: scenario('maya') }] },
  { user: 'omar', links: [{ key: 'scenario', to: scenario('omar') }] },
  { user: 'dana', links: [{ key: 'scenario', to: scenario('dana') }] },
  { user: 'wes', links: [{ key: 'visionLab', to: scenario('wes', `&ws=${VISION_LAB}`) }] },
  { user: 'nora', links: [{ key: 'scenario', to: scenario('nora') }] },
  {
    user: 'liam',
    links: [
      { key: 'strict', to: check('strict') },
      { key: 'nonStrict', to: check('loose') },
    ],
  },
];

export default function DemoGuide() {
  const { t } = useTranslation('settings');
  return (
    <Paper component="section" aria-labelledby="demo-guide-title" withBorder p="md" mb="lg" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Title order={2} size="h4" id="demo-guide-title">
              {t('guide.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('guide.intro')}
            </Text>
          </div>
          <CloseButton aria-label={t('guide.dismiss')} onClick={() => setDemoGuideShown(false)} />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {SHOWCASE.map(({ user, links }) => (
            <Paper component="li" key={user} withBorder p="sm" radius="sm">
              <Text fw={700} size="sm">
                {user} · {t(`guide.users.${user}.answer`)}
              </Text>
              <Text size="sm">{t(`guide.users.${user}.why`)}</Text>
              <Group gap="md" mt={4}>
                {links.map((l) => (
                  <Anchor key={l.key} component={Link} to={l.to} size="sm" aria-label={t(`guide.links.${l.key}Named`, { user })}>
                    {t(`guide.links.${l.key}`)}
                  </Anchor>
                ))}
              </Group>
            </Paper>
          ))}
        </SimpleGrid>
        <Group>
          <Button variant="default" size="xs" onClick={() => setDemoGuideShown(false)}>
            {t('guide.hide')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
