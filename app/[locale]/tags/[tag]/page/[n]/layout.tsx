import { listingSegment } from '@/components/listing/Listing';

// An unknown tag or page number is this segment's 404 page (see NotFoundPage).
export default listingSegment.Layout;
export const generateMetadata = listingSegment.generateMetadata;
