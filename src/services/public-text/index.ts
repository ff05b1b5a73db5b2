// Free text on its way to the public: checked when saved, findings resolved, approved by a second
// member, and refused at publication otherwise. Routes and CLI commands import from here.
export { approvePublicText } from './approve-public-text';
export { checkPublicText } from './check-public-text';
export { overridePublicTextFinding } from './override-finding';
export { getPublicTextReview, listPublicTextReviews, type PublicTextListItem, type PublicTextReviewView, type ReviewFindingView } from './read-reviews';
export { assertPublicTextsApproved, publicTextStatuses, type PublicTextStatus } from './require-approved';
export { hashPublicText } from './store';
export { communityPublicText, documentPublicText, publicationTexts } from './subjects';
