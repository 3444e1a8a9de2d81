import { photoNote } from '@/utils/content-check';

describe('photoNote', () => {
  it('says nothing on a photo that passed', () => {
    expect(photoNote(undefined, 'uploader')).toBeNull();
    expect(photoNote(undefined, 'staff')).toBeNull();
  });

  it('tells the uploader why others do not see her photo yet, and staff what to do', () => {
    expect(photoNote('pending', 'uploader')).toBe('审核中，通过后他人可见');
    expect(photoNote('risky', 'uploader')).toBe('未通过内容审核，仅您可见');
    expect(photoNote('review', 'staff')).toBe('内容待人工复核');
  });
});
