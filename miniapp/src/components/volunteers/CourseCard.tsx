import { Text, View } from '@tarojs/components';
import type { TrainingCourseInfo } from '@lingjuli/shared';
import type { PropsWithChildren } from 'react';
import { Card } from '@/components/Card';
import { courseCounts, courseLine, courseStarted } from '@/utils/volunteers/trainings';
import './volunteers.scss';

/**
 * One training course: its title, time, place and hours, who it is for and how many signed up
 * (`#<idPrefix>-<id>`, `data-started`); what is under it (buttons, the attendance) comes as children.
 */
export function CourseCard({
  course,
  now,
  idPrefix,
  showCommunity,
  children,
}: PropsWithChildren<{ course: TrainingCourseInfo; now: Date; idPrefix: string; showCommunity?: boolean }>) {
  const started = courseStarted(course, now);
  return (
    <View id={`${idPrefix}-${course.id}`} data-started={started ? 'true' : 'false'}>
      <Card className={`course-row ${started ? 'course-row--started' : ''}`}>
        <Text className='course-row__title'>{course.title}</Text>
        <Text className='course-row__line'>{courseLine(course)}</Text>
        <Text className='course-row__meta'>{[showCommunity ? course.communityName : null, courseCounts(course, started)].filter(Boolean).join(' · ')}</Text>
        {course.description && <Text className='course-row__description'>{course.description}</Text>}
        {children}
      </Card>
    </View>
  );
}
