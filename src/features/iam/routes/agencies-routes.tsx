/** The Agencies area: the list at /iam/agencies and an agency at /iam/agencies/:agencyId. */
import { Route, Routes } from 'react-router';
import AgenciesPage from './agencies-page';
import AgencyDetailPage from './agency-detail-page';

export default function AgenciesRoutes() {
  return (
    <Routes>
      <Route index element={<AgenciesPage />} />
      <Route path=":agencyId" element={<AgencyDetailPage />} />
    </Routes>
  );
}
